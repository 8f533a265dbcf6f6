package main

import "fmt"

type Celsius = float64
type Temp Celsius

func (t Temp) String() string { return "t" }

func (c Celsius) Double() Celsius { return c * 2 }

func (x int) Triple() int { return x * 3 }

type Node struct {
	next Node
}

func main() {
	var t Temp = 3
	fmt.Println(t)
}
