package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(11))
	h := uint64(0)
	mix := func(v float64) { h = h*31 + math.Float64bits(v) }
	for i := 0; i < 4000; i++ {
		x := math.Ldexp(r.Float64(), r.Intn(2100)-1074)
		mix(math.Log(x))
		mix(math.Log10(x))
		mix(math.Log2(x))
		mix(math.Atan(x))
		mix(math.Atan(-x * 1e-3))
		u := r.Float64()*2 - 1
		mix(math.Asin(u))
		mix(math.Acos(u))
		mix(math.Atan2(u, r.Float64()-0.5))
		mix(math.Atan2(x, -x*u))
	}
	fmt.Println(h)
	fmt.Println(math.Log(0), math.Log(-1), math.Log2(8), math.Log10(1000), math.Atan2(0, -1), math.Atan2(math.Inf(-1), math.Inf(-1)), math.Atan2(-0.0, 0), math.Asin(2), math.Acos(-1))
}
