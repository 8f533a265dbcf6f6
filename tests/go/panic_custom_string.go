package main

import "fmt"

func validate(age int) {
	if age < 0 {
		panic(fmt.Sprintf("invalid age %d", age))
	}
}

func main() {
	validate(3)
	fmt.Println("ok")
	validate(-1)
}
