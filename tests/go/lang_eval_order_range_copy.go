package main

import "fmt"

var trace []string

func tr(s string, v int) int {
	trace = append(trace, s)
	return v
}

type Grid [3][3]int

func (g Grid) Sum() (s int) {
	for _, row := range g {
		for _, v := range row {
			s += v
		}
	}
	return
}

func (g *Grid) Bump() {
	for i, row := range g {
		for j := range row {
			g[i][j]++
		}
	}
}

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	a[i], i = 7, 2
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)

	m := map[int]int{}
	m[tr("key", 1)] = tr("val", 2)
	_ = tr("a", 1) + tr("b", 2)*tr("c", 3)
	fmt.Println(m, trace)

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 50
		if i == 2 {
			fmt.Println("range over an array sees the copy:", v)
		}
	}
	arr[2] = 3
	for i, v := range &arr {
		arr[2] = 50
		if i == 2 {
			fmt.Println("range over a pointer sees the change:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 60
		sl = append(sl, 4)
		if i == 2 {
			fmt.Println("range over a slice sees", v, "and runs", i+1, "times")
		}
	}
	var g Grid
	g[1][1] = 5
	g.Bump()
	fmt.Println(g.Sum(), g)
	rows := g
	for r, row := range rows {
		rows[r][0] = -1
		row[1] = -2
	}
	fmt.Println(rows[0], g[0])

	var iface any = arr
	arr[1] = -1
	fmt.Println(iface, arr)
	type pair struct{ a [2]int }
	ps := []pair{{[2]int{1, 2}}}
	for _, p := range ps {
		p.a[0] = 100
	}
	cp := ps[0]
	cp.a[1] = 200
	fmt.Println(ps, cp)
	count := 0
	for range [5]struct{}{} {
		count++
	}
	fmt.Println(count)
}
