M1 n1 inp tail 0 nch W=10u L=1u
M2 out inn tail 0 nch W=10u L=1u
M3 n1 n1 vdd vdd pch W=20u L=1u
M4 out n1 vdd vdd pch W=20u L=1u
M5 tail ibias 0 0 nch W=20u L=1u
M6 ibias ibias 0 0 nch W=10u L=1u
