package main

// Results returns a channel nobody ever sends on (the bug the test finds).
func Results() <-chan int {
	return make(chan int)
}

func main() {}
