* Plain ngspice reference for ota5t_own_models.cir at InverSize's nominal conditions
* (VDD 1.8 V, VCM 0.9 V, CL 1 pF, 20 uA into the ibias diode): the open-loop gain as
* InverSize's AC bench drives it (DC loop through a huge inductor, inn AC-grounded).
.include ota5t_own_models.cir
vdd vdd 0 1.8
ib vdd ib 20u
vin inp 0 dc 0.9 ac 1
lfb out inn 1e15
cfb inn 0 1e9
cl out 0 1p
x1 vdd 0 inp inn out ib ota5t_own
.control
ac dec 20 1 1e10
meas ac gbw when vdb(out)=0
meas ac a0 find vdb(out) at=1
.endc
.end
