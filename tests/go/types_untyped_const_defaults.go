package main

import "fmt"

const (
	a = 7 / 2
	b = 7 / 2.0
	c = 'a' * 2
	d = 1 << 10 >> 3
	e = 1e3
	f = 5 % 3 * 2
)

func main() {
	fmt.Println(a, b, c, d, e, f)
	fmt.Printf("%T %T %T %T %T %T\n", a, b, c, d, e, f)
	var x float32 = 1 / 3.0
	var y = 1 / 3
	fmt.Println(x, y, 0.1+0.2 == 0.3)
	v1, v2 := 0.1, 0.2
	fmt.Println(v1+v2 == 0.3, 2i*2i, 1e2 == 100)
	const big = 1 << 70
	fmt.Println(big/(1<<68), float64(big))
}
