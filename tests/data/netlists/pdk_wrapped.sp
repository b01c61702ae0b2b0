* opamp built from PDK transistor wrappers, models from a library section
.lib "pdk/models.lib" tt
.subckt nfet4 d g s b w=1u l=0.15u nf=1
Rg g gi 10
M0 d gi s b nch W={w} L={l} NF={nf}
Cgs gi s 0.1f
.ends nfet4
.subckt ota5 avdd avss in_p in_n vout iref
XM1 x1 in_n tail avss nfet4 w=4u l=0.5u
XM2 vout in_p tail avss nfet4 w=4u l=0.5u
XM3 x1 x1 avdd avdd pfet4 w=8u l=0.5u
XM4 vout x1 avdd avdd pfet4 w=8u l=0.5u
XM5 tail iref avss avss nfet4 w=2u l=1u nf=2
XM6 iref iref avss avss nfet4 w=1u l=1u
.ends ota5
.subckt pfet4 d g s b w=1u l=0.15u
M0 d g s b pch W={w} L={l}
.ends pfet4
