package main

func main() {
	ch <- 
}
