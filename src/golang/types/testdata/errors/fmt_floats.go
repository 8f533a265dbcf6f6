package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.0 / 3, 100, 1e6, 1e21, 1e-7, 123456789.125, math.Inf(1), math.NaN(), 2.5e-300}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%f|%.3g|%8.2f|%G|%E\n", v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%+.2e %x %X\n", 12345.678, 1.5, 0.25)
	fmt.Printf("%#g %#.3g %#f\n", 1.0, 2.0, 3.0)
	fmt.Printf("%v %v %v\n", float32(3.4028235e38), float32(1e-45), float32(0.3))
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %.2f\n", complex(1, -2), complex(1.5, 2.25))
	fmt.Println(1e20, 1e21, 123456789012.0, 0.000001, 0.0000001)
	fmt.Println(float32(1e20), float32(1e21), float32(16777216.0))
	fmt.Printf("% .2f|%+.2f|%-8.2f|%08.2f\n", 1.0, 1.0, -1.0, -1.0)
}
