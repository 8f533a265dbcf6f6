package main

import "fmt"

type MyBool bool

func main() {
	const t = 1 < 2
	var mb MyBool = t
	b := 3 > 2
	var c MyBool = b
	fmt.Printf("%T %T %v %v\n", t, b, mb, c)
	var d MyBool = 1 == 1 && mb
	fmt.Println(d, !mb, mb == true)
}
