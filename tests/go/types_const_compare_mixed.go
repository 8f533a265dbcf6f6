package main

import "fmt"

type Color int

const Red Color = 1

func main() {
	var i int = 1
	fmt.Println(Red == i)
	fmt.Println(Red == 1, Red == 1.0, Red < 2.5)
	var f float64 = 1
	fmt.Println(f == i, "a" < 'b')
	fmt.Println(Red == "red")
}
