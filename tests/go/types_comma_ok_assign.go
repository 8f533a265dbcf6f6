package main

func two() (int, int) { return 1, 2 }

func one() (int, bool) { return 1, true }

func main() {
	var l, m string
	l, m = two()
	var a string
	var ok string
	a, ok = one()
	m2 := map[string]int{}
	var v string
	var found int
	v, found = m2["x"]
	var x, y string = m2["k"]
	_, _, _, _, _, _, _ = l, m, a, ok, v, found, x
	_ = y
}
