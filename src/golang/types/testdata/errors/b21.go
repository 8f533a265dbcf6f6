package main

var x = x

var y = f()

func f() int { return y }

func main() {
	z := z
}
