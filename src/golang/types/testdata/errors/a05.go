package main

import "fmt"

func main() {
	x := 5
	switch x {
	case 1:
		fallthrough
	case 2:
		fmt.Println()
		fallthrough
	}
	var i interface{} = x
	switch i.(type) {
	case int:
		fallthrough
	}
}
