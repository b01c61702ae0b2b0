Two-Stage CMOS Op-Amp -- TSMC 0.18um, 1.8 V (course deck)
*
* Miller-compensated two-stage opamp with its own BSIM3v3 cards, its testbench (supplies,
* input source, DC feedback, reference current, load) and a 0 V source measuring the second
* stage's current. Written for InverSize's tests in the style of university course decks; the
* model parameters are round numbers of a 180 nm process, not a foundry's.
*
.OPTIONS POST ACCT
.TEMP 27

*---------------------------------------------------------------------------
* Models (BSIM3 version 3.1)
*---------------------------------------------------------------------------
.MODEL CMOSN NMOS ( LEVEL = 49
+ VERSION = 3.1       TNOM    = 27        TOX     = 4.1E-9
+ XJ      = 1E-7      NCH     = 2.3549E17 VTH0    = 0.36
+ K1      = 0.58      K2      = 1.2E-3    K3      = 1E-3
+ K3B     = 2.0       W0      = 1E-7      NLX     = 1.6E-7
+ DVT0W   = 0         DVT1W   = 0         DVT2W   = 0
+ DVT0    = 1.2       DVT1    = 0.45      DVT2    = 0.05
+ U0      = 265       UA      = -1.4E-9   UB      = 2.3E-18
+ UC      = 5E-11     VSAT    = 1.0E5     A0      = 1.9
+ AGS     = 0.42      B0      = 0         B1      = 0
+ KETA    = -0.012    A1      = 0         A2      = 1.0
+ RDSW    = 110       PRWG    = 0.5       PRWB    = -0.2
+ WR      = 1         WINT    = 0         LINT    = 1.2E-8
+ DWG     = 0         DWB     = 0         VOFF    = -0.09
+ NFACTOR = 2.1       CIT     = 0         CDSC    = 2.4E-4
+ CDSCD   = 0         CDSCB   = 0         ETA0    = 2.5E-3
+ ETAB    = -1E-4     DSUB    = 0.02      PCLM    = 1.2
+ PDIBLC1 = 0.2       PDIBLC2 = 4E-3      PDIBLCB = -0.1
+ DROUT   = 0.8       PSCBE1  = 8E8       PSCBE2  = 1E-7
+ PVAG    = 0.3       DELTA   = 0.01      MOBMOD  = 1
+ PRT     = 0         UTE     = -1.5      KT1     = -0.11
+ KT1L    = 0         KT2     = 0.022     UA1     = 4.3E-9
+ UB1     = -7.6E-18  UC1     = -5.6E-11  AT      = 3.3E4
+ CGDO    = 7.8E-10   CGSO    = 7.8E-10   CGBO    = 1E-12
+ CJ      = 9.6E-4    PB      = 0.8       MJ      = 0.38
+ CJSW    = 2.5E-10   PBSW    = 0.8       MJSW    = 0.12
+ CJSWG   = 3.3E-10   PBSWG   = 0.8       MJSWG   = 0.12
+ CF      = 0         CAPMOD  = 2         XPART   = 0.5 )
*
.MODEL CMOSP PMOS ( LEVEL = 49
+ VERSION = 3.1       TNOM    = 27        TOX     = 4.1E-9
+ XJ      = 1E-7      NCH     = 4.1589E17 VTH0    = -0.39
+ K1      = 0.56      K2      = 2.5E-2    K3      = 0
+ K3B     = 12        W0      = 1E-6      NLX     = 1.2E-7
+ DVT0W   = 0         DVT1W   = 0         DVT2W   = 0
+ DVT0    = 0.55      DVT1    = 0.25      DVT2    = 0.1
+ U0      = 105       UA      = 1.3E-9    UB      = 1E-21
+ UC      = -1E-10    VSAT    = 1.6E5     A0      = 1.6
+ AGS     = 0.38      B0      = 3E-7      B1      = 1.4E-6
+ KETA    = 0.02      A1      = 0.5       A2      = 0.4
+ RDSW    = 280       PRWG    = 0.3       PRWB    = -0.2
+ WR      = 1         WINT    = 0         LINT    = 2.5E-8
+ DWG     = 0         DWB     = 0         VOFF    = -0.1
+ NFACTOR = 1.8       CIT     = 0         CDSC    = 2.4E-4
+ CDSCD   = 0         CDSCB   = 0         ETA0    = 1E-3
+ ETAB    = -4E-4     DSUB    = 1.1E-3    PCLM    = 1.3
+ PDIBLC1 = 1E-3      PDIBLC2 = 4E-3      PDIBLCB = -1E-3
+ DROUT   = 0.9       PSCBE1  = 4E9       PSCBE2  = 6E-9
+ PVAG    = 1.5       DELTA   = 0.01      MOBMOD  = 1
+ PRT     = 0         UTE     = -1.5      KT1     = -0.11
+ KT1L    = 0         KT2     = 0.022     UA1     = 4.3E-9
+ UB1     = -7.6E-18  UC1     = -5.6E-11  AT      = 3.3E4
+ CGDO    = 6.8E-10   CGSO    = 6.8E-10   CGBO    = 1E-12
+ CJ      = 1.15E-3   PB      = 0.84      MJ      = 0.41
+ CJSW    = 2.1E-10   PBSW    = 0.8       MJSW    = 0.33
+ CJSWG   = 4.2E-10   PBSWG   = 0.8       MJSWG   = 0.33
+ CF      = 0         CAPMOD  = 2         XPART   = 0.5 )

*---------------------------------------------------------------------------
* Test bench
*---------------------------------------------------------------------------
VDD   vdd  0    DC 1.8
VSS   vss  0    DC 0
VIN   vin+ 0    DC 0.9 AC 1
* DC feedback for the operating point, open loop for AC
LFB   vout vin- 1E12
CFB   vin- 0    1E6
IREF  vdd  bias 20u
CL    vout 0    2p

*---------------------------------------------------------------------------
* Op-amp
*---------------------------------------------------------------------------
M1  d1   vin-  tail vss  CMOSN W=6u   L=0.5u
M2  d2   vin+  tail vss  CMOSN W=6u   L=0.5u
M3  d1   d1    vdd  vdd  CMOSP W=8u   L=0.5u
M4  d2   d1    vdd  vdd  CMOSP W=8u   L=0.5u
M5  tail bias  vss  vss  CMOSN W=8u   L=1u
M6  d6   d2    vdd  vdd  CMOSP W=48u  L=0.5u
VAMM d6  vout  0
M7  vout bias  vss  vss  CMOSN W=32u  L=1u
M8  bias bias  vss  vss  CMOSN W=4u   L=1u
CC  d2   vout  1.2p

.OP
.AC DEC 100 1 1G
.END
