package main

import "fmt"

func main() {
	age := 30
	name := "Ann"
	msg := "name: " + name + ", age: " + age
	fmt.Println(msg)
	var count int = "3"
	fmt.Println(count + 1.5)
}
