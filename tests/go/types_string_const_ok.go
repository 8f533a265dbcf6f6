package main

import "fmt"

type Code string

const greeting = "hi"
const typed string = "t"

func main() {
	c := Code(greeting) + "!"
	d := greeting + Code("x")
	fmt.Printf("%v %T %v %T\n", c, c, d, d)
	fmt.Println(len(greeting+typed), greeting[1], typed+typed < "u")
	const multi = `a
b`
	fmt.Println(len(multi), multi[1] == '\n', "\u00e9" == "é", "\xff"[0])
	b := []byte(greeting)
	r := []rune("héllo")
	fmt.Println(b, r, string(r[1:3]), Code(b))
}
