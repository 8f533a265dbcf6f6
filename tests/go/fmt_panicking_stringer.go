package main

import "fmt"

type Bad struct{}

func (Bad) String() string { panic("boom") }

type NilSafe struct{ v *int }

func (n *NilSafe) String() string { return fmt.Sprint(*n.v) }

func main() {
	fmt.Println(Bad{})
	fmt.Printf("[%v] [%s]\n", Bad{}, Bad{})
	var n *NilSafe
	fmt.Println(n)
	fmt.Println(&NilSafe{})
}
