package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	a := Item{"pen", 1.5}
	b := Item{Name: "cup", Cost: 3}
	c := Item{Name: "box", 2}
	d := Item{Qty: "four"}
	fmt.Println(a, b, c, d)
}
