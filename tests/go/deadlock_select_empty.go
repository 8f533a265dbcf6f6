package main

import "fmt"

func main() {
	fmt.Println("blocking in select{}")
	select {}
}
