package main

func main() {
	select {
	case x := <-ch
	}
}
