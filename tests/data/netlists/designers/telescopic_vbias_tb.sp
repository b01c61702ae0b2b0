Telescopic cascode OTA with voltage-biased cascode gates, and its testbench
* The cascode gates are ports held by the testbench's own voltage sources (Vcn, Vcp): InverSize
* keeps them as the opamp's bias voltages. Models nch/pch come from the technology.
.subckt telescopic vdd vss inp inn out ibias vcn vcp
M1 a1 inp tail vss nch W=10u L=0.5u
M2 a2 inn tail vss nch W=10u L=0.5u
M3 b1 vcn a1 vss nch W=10u L=0.5u
M4 out vcn a2 vss nch W=10u L=0.5u
M5 b1 vcp c1 vdd pch W=24u L=0.5u
M6 out vcp c2 vdd pch W=24u L=0.5u
M7 c1 b1 vdd vdd pch W=24u L=0.5u
M8 c2 b1 vdd vdd pch W=24u L=0.5u
M9 tail ibias vss vss nch W=8u L=1u
M10 ibias ibias vss vss nch W=4u L=1u
.ends telescopic

Vdd vdd 0 1.8
Vin inp 0 DC 0.9 AC 1
Lfb out inn 1e12
Cfb inn 0 1e6
Ib vdd ibias 20u
Vcn vcn 0 1.2
Vcp vcp 0 0.75
CL out 0 1p
X1 vdd 0 inp inn out ibias vcn vcp telescopic
.op
.end
