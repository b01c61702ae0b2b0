Two-stage Miller opamp with its testbench
* sizes as parameters, models inline, a testbench around the subckt
.param wn=8u ln=1u
.param wp = {1.5*wn}  lp='ln'
.model nch nmos (level=1 vto=0.5 kp=200u
+ lambda=0.05)
.model pch PMOS level=1 vto=-0.5 kp=80u lambda=0.05

.subckt miller vdd vss inp inn out ibias
M1 n1 inn tail vss nch W={wn} L={ln}
M2 o1 inp tail vss nch W={wn} L={ln}   ; the other half of the pair
M3 n1 n1 vdd vdd pch W={wp} L={lp}
M4 o1 n1 vdd vdd pch W={wp} L={lp} $ mirror output
M5 tail ibias vss vss nch W=8u L=1u M=2
M6 out o1 vdd vdd pch
+ W=60u
+ L=0.5u
M7 out ibias vss vss nch W=40u L=1u
M8 ibias ibias vss vss nch W=4u L=1u
Cc o1 out 1.4p
.ends miller

Vdd vdd 0 1.8
Vin inp 0 DC 0.9 AC 1
Vfb inn 0 dc 0.9
Ib vdd ibias 20u
CL out 0 1p
X1 vdd 0 inp inn out ibias miller
.options reltol=1e-4
.op
.ac dec 10 1 1g
.control
run
let x = {unbalanced
print v(out)
.endc
.end
