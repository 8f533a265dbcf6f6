package main

import "fmt"

func main() {
	s := "42"
	n := int(s)
	var t string = 42
	age := 30
	msg := "age: " + age
	f := float64("1.5")
	fmt.Println(n, t, msg, f)
}
