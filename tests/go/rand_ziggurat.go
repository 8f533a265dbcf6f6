package main

import (
	"fmt"
	"math/rand"
	r2 "math/rand/v2"
)

func main() {
	r := rand.New(rand.NewSource(99))
	var sn, se float64
	for i := 0; i < 2000; i++ {
		n, e := r.NormFloat64(), r.ExpFloat64()
		sn += n
		se += e
		if i%400 == 0 {
			fmt.Println(n, e)
		}
	}
	fmt.Printf("%.6f %.6f %v\n", sn, se, r.Int63())
	p := r2.New(r2.NewPCG(3, 4))
	sn, se = 0, 0
	for i := 0; i < 2000; i++ {
		n, e := p.NormFloat64(), p.ExpFloat64()
		sn += n
		se += e
		if i%400 == 0 {
			fmt.Println(n, e)
		}
	}
	fmt.Printf("%.6f %.6f %v\n", sn, se, p.Uint64())
	x := rand.NormFloat64() + r2.ExpFloat64()
	fmt.Println(x == x)
}
