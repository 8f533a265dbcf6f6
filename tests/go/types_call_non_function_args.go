package main

import "fmt"

func main() {
	x := 5
	y := 1
	x(undefinedVar, y)
	var p *Nope
	var q []Nope
	var r map[string]*Missing = nil
	fmt.Println(p, q, r)
}
