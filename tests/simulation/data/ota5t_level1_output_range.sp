* Plain ngspice reference for the output range of ota5t_level1.cir at VDD 1.8 V, VCM 0.9 V,
* 20 uA into the ibias diode: the output held at a swept target by a servo on inn, inp at VCM.
* The range ends where the output transistors leave saturation: m2 (|vds| = |vdsat|) at the
* bottom, m4 at the top.
.include ota5t_level1.cir
vdd vdd 0 1.8
ib vdd ib 20u
vcm inp 0 0.9
vtgt tgt 0 0.9
bsrv inn 0 v = v(inp) + 10*(v(out) - v(tgt))
x1 inp inn out vdd 0 ib ota
.control
save v(out) v(tgt) @m.x1.m2[vds] @m.x1.m2[vdsat] @m.x1.m4[vds] @m.x1.m4[vdsat]
dc vtgt 0 1.8 1m
let m2_margin = abs(@m.x1.m2[vds]) - abs(@m.x1.m2[vdsat])
let m4_margin = abs(@m.x1.m4[vds]) - abs(@m.x1.m4[vdsat])
meas dc vout_min find v(tgt) when m2_margin=0 rise=1
meas dc vout_max find v(tgt) when m4_margin=0 fall=1
.endc
.end
