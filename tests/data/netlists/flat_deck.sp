* flat five-transistor OTA written at the top level with its testbench
.model nch nmos level=1 vto=0.5 kp=200u
.model pch pmos level=1 vto=-0.5 kp=80u
M1 n1 vinn tail 0 nch W=10u L=1u
M2 out vinp tail 0 nch W=10u L=1u
M3 n1 n1 vdd vdd pch W=20u L=1u
M4 out n1 vdd vdd pch W=20u L=1u
M5 tail ibias 0 0 nch W=20u L=1u
M6 ibias ibias 0 0 nch W=10u L=1u
Cload out 0 2p
Vdd vdd 0 1.8
Vp vinp 0 0.9 ac 1
Vn vinn 0 0.9
Iref vdd ibias 10u
.op
.end
