package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(5))
	h := uint64(0)
	for i := 0; i < 4000; i++ {
		var x float64
		switch i % 4 {
		case 0:
			x = (r.Float64() - 0.5) * 8
		case 1:
			x = (r.Float64() - 0.5) * 2000
		case 2:
			x = r.Float64() * 1e8
		case 3:
			x = (r.Float64() - 0.5) * 1e-3
		}
		for _, v := range []float64{math.Sin(x), math.Cos(x), math.Tan(x)} {
			h = h*31 + math.Float64bits(v)
		}
	}
	fmt.Println(h, math.Sin(-0.0), math.Cos(math.Inf(1)), math.Tan(math.NaN()), math.Tan(math.Pi/2))
}
