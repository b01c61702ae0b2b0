.subckt ota5 vdd vss inp inn out ibias
* a subckt library file: no title line, the first line is the opamp itself
M1 n1 inp tail vss nch W=10u L=1u
M2 out inn tail vss nch W=10u L=1u
M3 n1 n1 vdd vdd pch W=20u L=1u
M4 out n1 vdd vdd pch W=20u L=1u
M5 tail ibias vss vss nch W=20u L=1u
M6 ibias ibias vss vss nch W=10u L=1u
.ends ota5
