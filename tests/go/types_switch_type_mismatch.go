package main

import "fmt"

func main() {
	x := 3
	switch x {
	case "three":
	case 3.5:
	case 1, 1:
	}
	var i any = x
	switch v := i.(type) {
	case int, string:
		fmt.Println(v + 1)
	case float64:
	case float64:
	}
	switch {
	case x:
	}
}
