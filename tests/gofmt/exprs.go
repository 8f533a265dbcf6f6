package main

import "fmt"

func f(a, b int) int { return a*b + a - b }

func g(xs ...int) (sum int, err error) {
	for i := 0; i < len(xs); i++ {
		sum += xs[i+1-1] * 2
	}
	return
}

func main() {
	a, b := 3, 4
	c := a*b + (a-b)*2
	d := a + b*c - -a
	e := xs()[1:len(xs())-1]
	h := (a + b) / 2
	ok := a < b && b < c || c == d
	mask := a&^b | a<<2 ^ b>>1
	fmt.Println(c, d, e, h, ok, mask, f(a+1, b*2), f(a, b))
	s, err := g(1, 2, 3)
	fmt.Println(s, err, &e, *(&a), -(-a), !ok)
	var p *int = &a
	fmt.Println(*p**p, float64(a)/float64(b), []byte("x")[0])
	fn := func(x int) int {
		return x * x
	}
	fmt.Println(fn(2), func() int { return 1 }())
	ch := make(chan int, 1)
	ch <- 1
	v, ok2 := <-ch
	fmt.Println(v, ok2, 0X1F, 1E3, 0B101, 0O17, 01i)
	type T struct{ a, b int }
	t := T{1,
		2}
	u := &T{a: 1, b: 2}
	fmt.Println(t, u, t.a+u.b,
		len(xs()),
	)
}

func xs() []int { return []int{1, 2, 3} }
