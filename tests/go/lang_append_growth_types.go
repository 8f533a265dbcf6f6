package main

import "fmt"

func main() {
	var a []int
	var b []byte
	var c []string
	var d [][3]int64
	var e []struct{ x [100]byte }
	for i := 0; i < 10; i++ {
		a = append(a, i)
		b = append(b, 1)
		c = append(c, "")
		d = append(d, [3]int64{})
		e = append(e, struct{ x [100]byte }{})
		fmt.Println(cap(a), cap(b), cap(c), cap(d), cap(e))
	}
	x := make([]int, 0)
	x = append(x, 1)
	fmt.Println(cap(x))
	y := []int{}
	y = append(y, 1, 2, 3, 4, 5)
	fmt.Println(cap(y))
}
