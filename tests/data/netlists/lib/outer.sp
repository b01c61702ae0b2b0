* main file including a library that has an error deeper down
.include "inner.inc"
M1 d g s b nch W=1u L=1u
