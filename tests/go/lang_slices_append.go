package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 20; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3], len(a), cap(b))
	d := a[1:2]
	fmt.Println(len(d), cap(d))
	e := a[1:2:3]
	fmt.Println(len(e), cap(e))
	e = append(e, 9)
	e = append(e, 8)
	fmt.Println(a, e)
	strs := append([]string(nil), "x", "y")
	fmt.Println(strs, len(strs), cap(strs))
	bs := append([]byte("ab"), "cde"...)
	fmt.Println(string(bs), cap(bs))
	big := make([]int, 0, 5)
	big = append(big, 1, 2, 3, 4, 5, 6)
	fmt.Println(cap(big))
	n := copy(big, []int{9, 9})
	fmt.Println(n, big)
	x := []int{1, 2, 3, 4, 5}
	x = append(x[:1], x[2:]...)
	fmt.Println(x, len(x), cap(x))
	var ss [][]int
	ss = append(ss, []int{1})
	fmt.Println(ss, len(ss))
	fmt.Println(cap(append(make([]int, 256), 1)), cap(append(make([]int, 512), 1)), cap(append(make([]int, 1000), 1)))
	fmt.Println(cap(append([]byte{}, make([]byte, 33)...)), cap(append([]int64(nil), make([]int64, 5)...)))
}
