package main

func f() (string, []int) { return "x", []int{1} }

func main() {
	s, w := f()
	n := len(w)
	switch n {
	case 0:
		println(s)
	case 1:
		println("one")
	}
}
