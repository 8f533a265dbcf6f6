package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Op func(float64, float64) float64

var ops = map[string]Op{
	"+": func(a, b float64) float64 { return a + b },
	"-": func(a, b float64) float64 { return a - b },
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1} {
		root = root.Insert(v)
	}
	sum := 0
	root.Walk(func(v int) { sum += v })
	f := fib()
	for i := 0; i < 5; i++ {
		f()
	}
	q, r := divmod(7, 0)
	fmt.Println(sum, f(), ops["+"](1, 2), q, r)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	m := map[[2]int]string{{1, 2}: "a"}
	pp := []*Tree{{Val: 1}, {Val: 2}}
	fmt.Println(points[1].X, m[[2]int{1, 2}], pp[1].Val, points[0] == struct{ X, Y int }{1, 2})
	var iface interface{} = points[0]
	switch v := iface.(type) {
	case int, string:
		fmt.Println("scalar", v)
	case struct{ X, Y int }:
		fmt.Println("point", v.X)
	default:
		_ = v
	}
	i := 0
again:
	if i < 3 {
		i++
		goto again
	}
	switch {
	case i > 2:
		fmt.Println("big")
		fallthrough
	case i > 1:
		fmt.Println("medium")
	default:
	}
	arr := [5]int{1, 2, 3}
	sl := arr[1:3:4]
	ptr := &arr
	fmt.Println(len(sl), cap(sl), ptr[0], len(ptr), arr[len(arr)-1])
	for i := range ptr {
		_ = i
	}
	b := []byte("héllo")
	rs := []rune("héllo")
	fmt.Println(len(b), len(rs), string(rs[1]), string(b[:2]), copy(b, "xy"))
}
