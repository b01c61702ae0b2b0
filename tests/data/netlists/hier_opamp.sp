* hierarchical opamp: building-block subckts with parameters
.model nch nmos level=1
.model pch pmos level=1
.subckt pair d1 d2 g1 g2 s w=1u l=1u
M1 d1 g1 s s nch W={w} L={l}
M2 d2 g2 s s nch W={w} L={l}
.ends pair
.subckt mirror in out rail wm=2u
.param lm=0.5u
MA in in rail rail pch W={wm} L={lm}
MB out in rail rail pch W={wm} L={lm}
.ends mirror
.subckt ota vdd vss inp inn out ibias
X1 n1 out inn inp tail pair w=10u l=0.5u
X2 n1 out vdd mirror wm=20u
M5 tail ibias vss vss nch W=4u L=1u
M6 ibias ibias vss vss nch W=2u L=1u
.ends ota
X0 vdd 0 a b out ib ota
.end
