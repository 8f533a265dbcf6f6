package main

import "fmt"

func main() {
	var i interface{} = 5
	switch v := i.(type) {
	case int, string:
		fmt.Println(v + 1)
	case float64:
		fmt.Println(v + 1)
	}
	var s fmt.Stringer
	switch s.(type) {
	case int:
	}
}
