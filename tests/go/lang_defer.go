package main

import "fmt"

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func args() {
	x := 1
	defer fmt.Println("defer saw", x)
	x = 2
	defer func() { fmt.Println("closure saw", x) }()
	x = 3
}

func named() (result int) {
	defer func() { result *= 2 }()
	return 21
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func methods() {
	t := T{"a"}
	defer t.Close()
	t.name = "b"
	defer t.Close()
}

func main() {
	order()
	args()
	fmt.Println(named())
	methods()
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
	fmt.Println("end")
}
