package main

import "fmt"

func main() {
	defer func() { recover() }()
	var err error
	if err != nil {
		return err
	}
	fmt.Println("x")
	return
	fmt.Println("unreachable is fine")
}
