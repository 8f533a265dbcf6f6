package main

import "fmt"

type Num interface{ int | float64 }

func Add[T Num](a, b T) T { return a + b }

func main() {
	var x int = 1
	var y float64 = 2
	fmt.Println(Add(x, y))
	fmt.Println(Add[int](1, 2.5))
}
