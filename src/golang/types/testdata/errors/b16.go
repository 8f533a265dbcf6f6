package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 100
	var f Fahrenheit = c
	g := c + f
	fmt.Println(f, g, Celsius(f)+c)
}
