package main

import "fmt"

func main() {
	len := 3
	s := []int{1}
	fmt.Println(len(s))
	int := 5
	var x int = 2
	string := "s"
	y := string(65)
	true := false
	if true {
	}
	nil := 0
	var p *int = nil
	fmt.Println(x, y, p, int)
}
