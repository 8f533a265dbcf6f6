package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	c := complex(3, 4)
	fmt.Println(cmplx.Abs(c), cmplx.Sqrt(-1), cmplx.Conj(c))
	fmt.Printf("%.4f %.4f\n", cmplx.Exp(1i*3.141592653589793), cmplx.Phase(-1))
}
