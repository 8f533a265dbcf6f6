package main

func two() (int, int) { return 1, 2 }

func main() {
	var a, b = 1, nil
	c, d := nil, 2
	e := nil
	var f = nil
	var g, h int = 1, "x"
	i, j := 1, "x"
	var k int
	k, j = "s", 2
	var l, m string = two()
	_, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, l, m
}
