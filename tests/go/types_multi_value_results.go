package main

func two() (int, int) { return 1, 2 }

func pair() (string, string) {
	return two()
}

func main() {
	ch := make(chan int)
	var s, t string
	s, t = <-ch
	var i any = 1
	var n string
	var ok2 int
	n, ok2 = i.(int)
	x, y := 1, 2
	x, y = two(), 3
	var z string
	z, x = two()
	_, _, _, _, _, _ = s, t, n, ok2, y, z
}
