package main

import "fmt"

func g() (res int) {
	var w res
	fmt.Println(w)
	return
}

func h[T any](x T) {
	var y x
	fmt.Println(y)
}

func main() {
	for i := range 3 {
		var q i
		fmt.Println(q)
	}
	var any1 any = 1
	switch s := any1.(type) {
	case int:
		var r s
		fmt.Println(r)
	}
	k := 1
	func() {
		var z k
		fmt.Println(z)
	}()
	var m fmt.Printf
	var n fmt.Nope
	fmt.Println(m, n)
}
