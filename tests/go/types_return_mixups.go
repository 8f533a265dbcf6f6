package main

import (
	"errors"
	"fmt"
)

func div(a, b int) (int, error) {
	if b == 0 {
		return errors.New("zero")
	}
	return a / b
}

func name() string {
	return nil
}

func ptr() *int {
	return 0
}

func main() {
	fmt.Println(div(1, 0))
	fmt.Println(name(), ptr())
}
