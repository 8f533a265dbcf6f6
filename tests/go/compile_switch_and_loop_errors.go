package main

import "fmt"

func classify(v any) string {
	switch v.(type) {
	case int, int:
		return "int"
	}
	switch x := 3; x {
	case 1, 1:
		return "one"
	case "two":
		return "two"
	}
	for {
		continue outer
	}
	return "?"
}

func main() {
	fmt.Println(classify(1))
}
