package main

import "fmt"

type Speaker interface{ Speak() string }

func main() {
	var s Speaker
	fmt.Println("about to speak")
	fmt.Println(s.Speak())
}
